import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CouncilType, PopulationBand, Region, SharingChoice } from '@rcp/vocabulary';

@Entity('councils')
export class CouncilEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') type!: CouncilType;
  @Column('text') region!: Region;
  @Column('text', { name: 'population_band' }) populationBand!: PopulationBand;
  @Column('text') sharing!: SharingChoice;
  @Column('timestamptz', { name: 'archived_at', nullable: true }) archivedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('integer') version!: number;
}
